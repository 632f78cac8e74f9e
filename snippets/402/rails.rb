# config/routes.rb
Rails.application.routes.draw do
  get '/endpoint', to: 'endpoint#show'
end

# app/controllers/endpoint_controller.rb
class EndpointController < ActionController::API
  # Puma sends no Date header; RFC 9110 6.6.1 requires one on every 2xx, 3xx and 4xx response
  before_action { response.date = Time.now }

  def show
    render json: { message: 'Payment Required' }, status: 402
  end
end
