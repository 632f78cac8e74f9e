package main

import (
    "github.com/labstack/echo/v4"
)

func handler(c echo.Context) error {
    c.Response().Header().Set("Location", "https://example.com/new-endpoint")
    return c.JSON(302, echo.Map{
        "message": "Found",
    })
}
