package main

import (
    "github.com/labstack/echo/v4"
)

func handler(c echo.Context) error {
    return c.JSON(502, echo.Map{
        "message": "Bad Gateway",
    })
}
