from flask import Flask, jsonify

app = Flask(__name__)

@app.route('/endpoint', methods=['POST'])
def endpoint():
    response = jsonify({"message": "Created"})
    response.headers["Location"] = "https://example.com/endpoint/42"
    return response, 201
