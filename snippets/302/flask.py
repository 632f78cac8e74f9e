from flask import Flask, jsonify

app = Flask(__name__)

@app.route('/endpoint')
def endpoint():
    response = jsonify({"message": "Found"})
    response.headers["Location"] = "https://example.com/new-endpoint"
    return response, 302
