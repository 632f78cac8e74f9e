require 'sinatra'
require 'sinatra/json'

get '/endpoint' do
    status 408
    json message: 'Request Timeout'
end
