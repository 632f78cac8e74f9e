package main

import (
    "github.com/labstack/echo/v4"
)

// A POST handler: e.POST("/endpoint", handler).
func handler(c echo.Context) error {
    // The client sent "Expect: 100-continue" and holds the body back until it
    // gets the interim 100. Go's server under Echo sends "100 Continue" by
    // itself on the first read of the body (here in c.Bind), and only to a
    // client that asked for it; the final response follows.
    var upload map[string]any
    if err := c.Bind(&upload); err != nil {
        return err // Echo answers 400 (or 415) with the reason
    }
    return c.JSON(200, echo.Map{
        "message": "OK",
    })
}
