from flask import Flask, jsonify

app = Flask(__name__)

@app.route('/endpoint')
def endpoint():
    response = jsonify({"message": "Method Not Allowed"})
    response.headers["Allow"] = "POST"
    return response, 405
