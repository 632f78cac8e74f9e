package main

import (
    "github.com/labstack/echo/v4"
)

func handler(c echo.Context) error {
    return c.JSON(505, echo.Map{
        "message": "HTTP Version Not Supported",
    })
}
