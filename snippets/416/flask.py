from flask import Flask, jsonify

app = Flask(__name__)

@app.route('/endpoint')
def endpoint():
    response = jsonify({"message": "Range Not Satisfiable"})
    response.headers["Content-Range"] = "bytes */16"
    return response, 416
