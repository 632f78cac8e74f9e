from flask import Flask, jsonify, request

app = Flask(__name__)

@app.route('/endpoint')
def endpoint():
    response = jsonify({"message": "OK"})
    response.set_etag('v1')  # the current version of the resource: ETag "v1"
    # Werkzeug compares If-None-Match with it as RFC 9110 asks (weak comparison,
    # "*" and lists of tags): a match becomes 304 Not Modified, with no body.
    response.make_conditional(request)
    # make_conditional adds a Date, and the server sends its own: keep one.
    del response.headers['Date']
    return response
