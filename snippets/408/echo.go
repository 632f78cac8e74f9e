package main

import (
    "github.com/labstack/echo/v4"
)

func handler(c echo.Context) error {
    // The server gives up on this connection: "Connection: close" makes
    // net/http close it after the response (RFC 9110 15.5.9).
    c.Response().Header().Set("Connection", "close")
    return c.JSON(408, echo.Map{
        "message": "Request Timeout",
    })
}
