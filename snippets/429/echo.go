package main

import (
    "github.com/labstack/echo/v4"
)

func handler(c echo.Context) error {
    c.Response().Header().Set("Retry-After", "60")
    return c.JSON(429, echo.Map{
        "message": "Too Many Requests",
    })
}
