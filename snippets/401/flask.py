from flask import Flask, jsonify

app = Flask(__name__)

@app.route('/endpoint')
def endpoint():
    response = jsonify({"message": "Unauthorized"})
    response.headers["WWW-Authenticate"] = 'Bearer realm="example"'
    return response, 401
