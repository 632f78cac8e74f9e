from flask import Flask, jsonify

app = Flask(__name__)

@app.route('/endpoint')
def endpoint():
    response = jsonify({"message": "Temporary Redirect"})
    response.headers["Location"] = "https://example.com/new-endpoint"
    return response, 307
