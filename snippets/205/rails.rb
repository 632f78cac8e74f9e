# config/routes.rb
Rails.application.routes.draw do
  post '/endpoint', to: 'endpoint#create'
end

# app/controllers/endpoint_controller.rb
class EndpointController < ActionController::API
  # Puma sends no Date header; RFC 9110 6.6.1 requires one on every 2xx, 3xx and 4xx response
  before_action { response.date = Time.now }

  def create
    # A 205 has no content. Rails drops its Content-Length: 0 and Puma sends none, so a
    # client could find the end only by the connection closing: close it after answering (Puma
    # decides from the request's Connection, and then says Connection: close).
    request.set_header('HTTP_CONNECTION', 'close')
    head 205
  end
end
