package main

import (
    "github.com/labstack/echo/v4"
)

func handler(c echo.Context) error {
    c.Response().Header().Set("Location", "https://example.com/endpoint/42")
    return c.JSON(201, echo.Map{
        "message": "Created",
    })
}
