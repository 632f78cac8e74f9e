from flask import Flask, jsonify

app = Flask(__name__)

@app.route('/endpoint', methods=['POST'])
def endpoint():
    return jsonify({"message": "Unprocessable Content"}), 422
