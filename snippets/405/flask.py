from flask import Flask, jsonify

app = Flask(__name__)

# The resource serves POST only: Flask answers every other method with 405 and
# an Allow header listing the methods the route serves (OPTIONS included,
# which Flask answers itself).
@app.route('/endpoint', methods=['POST'])
def endpoint():
    return jsonify({"message": "OK"}), 200

@app.errorhandler(405)
def method_not_allowed(error):
    # The JSON this API answers with; error.valid_methods is what Allow lists.
    return jsonify({"message": "Method Not Allowed"}), 405, {'Allow': ', '.join(error.valid_methods)}
