from flask import Flask, jsonify

app = Flask(__name__)

@app.route('/endpoint')
def endpoint():
    response = jsonify({"message": "See Other"})
    response.headers["Location"] = "https://example.com/new-endpoint"
    return response, 303
