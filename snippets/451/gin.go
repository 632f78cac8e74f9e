package main

import (
    "github.com/gin-gonic/gin"
)

func handler(c *gin.Context) {
    c.JSON(451, gin.H{
        "message": "Unavailable For Legal Reasons",
    })
}
