# config/routes.rb
Rails.application.routes.draw do
  get '/endpoint', to: 'endpoint#show'
end

# app/controllers/endpoint_controller.rb
require 'faye/websocket'

class EndpointController < ActionController::API
  # Puma sends no Date header; RFC 9110 6.6.1 requires one on every 2xx, 3xx and 4xx response
  before_action { response.date = Time.now }

  def show
    unless Faye::WebSocket.websocket?(request.env)
      # Not a WebSocket handshake: say which protocol this endpoint needs.
      response.headers['Upgrade'] = 'websocket'
      response.headers['Connection'] = 'Upgrade'
      return render json: { message: 'Upgrade Required' }, status: 426
    end
    unless request.headers['Sec-WebSocket-Version'] == '13'
      # A WebSocket version this server does not speak: name the one it does (RFC 6455 4.2.2).
      response.headers['Sec-WebSocket-Version'] = '13'
      return render json: { message: 'Upgrade Required' }, status: 426
    end
    # faye-websocket takes the connection from Puma (Rack hijack), answers 101 Switching Protocols with
    # the Sec-WebSocket-Accept for the request's key, then speaks WebSocket: it echoes each
    # message and answers the client's close frame.
    ws = Faye::WebSocket.new(request.env)
    ws.on(:message) { |event| ws.send(event.data) }
    # rack_response starts the handshake and returns Rack's "async" answer, [-1, {}, []]: the
    # connection is faye's now, and Puma sends nothing more for this request.
    self.status, _, self.response_body = ws.rack_response
  end
end
