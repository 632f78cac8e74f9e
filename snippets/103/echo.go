package main

import (
    "github.com/labstack/echo/v4"
)

func handler(c echo.Context) error {
    c.Response().Header().Set("Link", "</style.css>; rel=preload; as=style")
    // Echo's c.Response() takes one status only (a second is "already
    // committed"), so the interim 103 goes through the net/http
    // ResponseWriter it wraps, which sends it at once with the headers set so
    // far (never to an HTTP/1.0 client); they stay set, so the final response
    // repeats them.
    if c.Request().ProtoAtLeast(1, 1) {
        c.Response().Writer.WriteHeader(103)
    }
    return c.JSON(200, echo.Map{
        "message": "OK",
    })
}
