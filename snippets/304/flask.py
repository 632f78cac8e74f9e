from flask import Flask, jsonify, request

app = Flask(__name__)

@app.route('/endpoint')
def endpoint():
    # Not Modified only when If-None-Match matches the current ETag
    if request.if_none_match.contains_weak('v1'):
        return '', 304, {'ETag': '"v1"'}
    return jsonify({"message": "OK"}), 200, {'ETag': '"v1"'}
