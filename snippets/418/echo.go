package main

import (
    "github.com/labstack/echo/v4"
)

func handler(c echo.Context) error {
    return c.JSON(418, echo.Map{
        "message": "I'm a teapot",
    })
}
