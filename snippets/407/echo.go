package main

import (
    "github.com/labstack/echo/v4"
)

func handler(c echo.Context) error {
    c.Response().Header().Set("Proxy-Authenticate", "Basic realm=\"proxy\"")
    return c.JSON(407, echo.Map{
        "message": "Proxy Authentication Required",
    })
}
