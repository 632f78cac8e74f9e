require 'sinatra'
require 'sinatra/json'

get '/endpoint' do
    status 508
    json message: 'Loop Detected'
end
