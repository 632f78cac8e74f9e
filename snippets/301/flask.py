from flask import Flask, jsonify

app = Flask(__name__)

@app.route('/endpoint')
def endpoint():
    response = jsonify({"message": "Moved Permanently"})
    response.headers["Location"] = "https://example.com/new-endpoint"
    return response, 301
