package main

import (
    "errors"
    "net/http"

    "github.com/labstack/echo/v4"
)

// The routes: the resource serves POST only. Echo answers any other method at
// that path with a 405 error and an Allow header listing the methods it
// does serve (OPTIONS, which Echo answers itself, and POST); the error handler
// writes the body.
func routes(e *echo.Echo) {
    e.POST("/endpoint", create)
    e.HTTPErrorHandler = func(err error, c echo.Context) {
        var he *echo.HTTPError
        if errors.As(err, &he) && he.Code == http.StatusMethodNotAllowed {
            c.JSON(405, echo.Map{
                "message": "Method Not Allowed",
            })
            return
        }
        e.DefaultHTTPErrorHandler(err, c)
    }
}

func create(c echo.Context) error {
    c.Response().Header().Set("Location", "/endpoint/1")
    return c.JSON(201, echo.Map{
        "message": "Created",
    })
}
