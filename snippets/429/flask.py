from flask import Flask, jsonify

app = Flask(__name__)

@app.route('/endpoint')
def endpoint():
    response = jsonify({"message": "Too Many Requests"})
    response.headers["Retry-After"] = "60"
    return response, 429
