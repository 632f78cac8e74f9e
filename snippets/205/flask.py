from flask import Flask

app = Flask(__name__)

@app.route('/endpoint', methods=['POST'])
def endpoint():
    return '', 205
