from flask import Flask, jsonify

app = Flask(__name__)

@app.route('/endpoint')
def endpoint():
    response = jsonify({"message": "Switching Protocols"})
    response.headers["Sec-WebSocket-Accept"] = "s3pPLMBiTxaQ9kYGzzhZRbK+xOo="
    response.headers["Upgrade"] = "websocket"
    response.headers["Connection"] = "Upgrade"
    return response, 101
