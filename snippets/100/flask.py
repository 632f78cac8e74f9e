from flask import Flask, jsonify, request

app = Flask(__name__)

@app.route('/endpoint', methods=['POST'])
def endpoint():
    # The server answers `Expect: 100-continue` with the interim 100 Continue
    # itself, so the client sends the body that is read here.
    request.get_data()
    return jsonify({"message": "OK"}), 200
