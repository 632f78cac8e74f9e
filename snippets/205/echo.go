package main

import (
    "github.com/labstack/echo/v4"
)

func handler(c echo.Context) error {
    // No content: the status alone, no body (Go would send one on a 205 if
    // you wrote it).
    return c.NoContent(205)
}
