package main

import (
    "github.com/labstack/echo/v4"
)

func handler(c echo.Context) error {
    // Who implements the block (RFC 7725 3).
    c.Response().Header().Set("Link", `<https://example.com/legal>; rel="blocked-by"`)
    return c.JSON(451, echo.Map{
        "message": "Unavailable For Legal Reasons",
    })
}
