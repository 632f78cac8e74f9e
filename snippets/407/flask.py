from flask import Flask, jsonify

app = Flask(__name__)

@app.route('/endpoint')
def endpoint():
    response = jsonify({"message": "Proxy Authentication Required"})
    response.headers["Proxy-Authenticate"] = 'Basic realm="proxy"'
    return response, 407
