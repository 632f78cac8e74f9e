package main

import (
    "github.com/labstack/echo/v4"
)

func handler(c echo.Context) error {
    c.Response().Header().Set("Location", "https://example.com/new-endpoint")
    return c.JSON(308, echo.Map{
        "message": "Permanent Redirect",
    })
}
