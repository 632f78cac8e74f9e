package main

import (
    "time"

    "github.com/labstack/echo/v4"
)

func handler(c echo.Context) error {
    // Echo's c.Response() takes one status only (a second is "already
    // committed"), so the interim 102 goes through the net/http
    // ResponseWriter it wraps, which sends a 1xx at once (never to an
    // HTTP/1.0 client).
    if c.Request().ProtoAtLeast(1, 1) {
        c.Response().Writer.WriteHeader(102)
    }
    time.Sleep(time.Second) // stands in for the slow work
    return c.JSON(200, echo.Map{
        "message": "OK",
    })
}
