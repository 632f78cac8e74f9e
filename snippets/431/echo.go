package main

import (
    "github.com/labstack/echo/v4"
)

func handler(c echo.Context) error {
    return c.JSON(431, echo.Map{
        "message": "Request Header Fields Too Large",
    })
}
