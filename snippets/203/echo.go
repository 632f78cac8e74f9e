package main

import (
    "github.com/labstack/echo/v4"
)

func handler(c echo.Context) error {
    return c.JSON(203, echo.Map{
        "message": "Non-Authoritative Information",
    })
}
