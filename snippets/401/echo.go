package main

import (
    "github.com/labstack/echo/v4"
)

func handler(c echo.Context) error {
    c.Response().Header().Set("WWW-Authenticate", "Bearer realm=\"example\"")
    return c.JSON(401, echo.Map{
        "message": "Unauthorized",
    })
}
