package main

import (
    "github.com/labstack/echo/v4"
)

func handler(c echo.Context) error {
    c.Response().Header().Set("Upgrade", "HTTP/3.0")
    c.Response().Header().Set("Connection", "Upgrade")
    return c.JSON(426, echo.Map{
        "message": "Upgrade Required",
    })
}
