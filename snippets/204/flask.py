from flask import Flask

app = Flask(__name__)

@app.route('/endpoint', methods=['DELETE'])
def endpoint():
    return '', 204
