package main

import (
    "github.com/labstack/echo/v4"
)

func handler(c echo.Context) error {
    return c.JSON(414, echo.Map{
        "message": "URI Too Long",
    })
}
