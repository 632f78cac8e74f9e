require 'sinatra'
require 'sinatra/json'

get '/endpoint' do
    status 503
    json message: 'Service Unavailable'
end
