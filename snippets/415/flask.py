from flask import Flask, jsonify

app = Flask(__name__)

@app.route('/endpoint', methods=['POST'])
def endpoint():
    return jsonify({"message": "Unsupported Media Type"}), 415
