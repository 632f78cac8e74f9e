from flask import Flask, jsonify

app = Flask(__name__)

@app.route('/endpoint')
def endpoint():
    response = jsonify({"message": "Unavailable For Legal Reasons"})
    # RFC 7725: a Link with rel="blocked-by" names who demands the blocking.
    response.headers['Link'] = '<https://example.com/legal>; rel="blocked-by"'
    return response, 451
