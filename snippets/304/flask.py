from flask import Flask, jsonify

app = Flask(__name__)

@app.route('/endpoint')
def endpoint():
    response = jsonify({"message": "Not Modified"})
    response.headers["ETag"] = '"v1"'
    return response, 304
