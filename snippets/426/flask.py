from flask import Flask, jsonify

app = Flask(__name__)

@app.route('/endpoint')
def endpoint():
    response = jsonify({"message": "Upgrade Required"})
    response.headers["Upgrade"] = "HTTP/3.0"
    response.headers["Connection"] = "Upgrade"
    return response, 426
