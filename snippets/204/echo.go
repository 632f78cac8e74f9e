package main

import (
    "github.com/labstack/echo/v4"
)

func handler(c echo.Context) error {
    // No content: the status alone, no body and no Content-Type.
    return c.NoContent(204)
}
