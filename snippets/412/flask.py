from flask import Flask, jsonify

app = Flask(__name__)

@app.route('/endpoint', methods=['PUT'])
def endpoint():
    return jsonify({"message": "Precondition Failed"}), 412
