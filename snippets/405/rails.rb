# config/routes.rb
Rails.application.routes.draw do
  post '/endpoint', to: 'endpoint#create'
  # Any other method on this resource: 405 with the methods it does take (Rails itself
  # would answer 404, as if the resource did not exist).
  match '/endpoint', to: 'endpoint#method_not_allowed', via: :all
end

# app/controllers/endpoint_controller.rb
class EndpointController < ActionController::API
  # Puma sends no Date header; RFC 9110 6.6.1 requires one on every 2xx, 3xx and 4xx response
  before_action { response.date = Time.now }

  def create
    render json: { message: 'OK' }
  end

  def method_not_allowed
    response.headers['Allow'] = 'POST'
    render json: { message: 'Method Not Allowed' }, status: 405
  end
end
